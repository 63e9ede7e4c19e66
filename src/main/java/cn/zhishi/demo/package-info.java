/**
 * 演示数据 — a deterministic synthetic jurisdiction: a fictional city (云岭市) with counties, their
 * townships, departments, institutions and enterprises, leadership teams and posts, and cadres with
 * full files and careers over ten years. {@link cn.zhishi.demo.SyntheticCityGenerator} makes plain
 * records (no entities, no database), so any loader can write them: {@link cn.zhishi.demo.DemoDataLoader}
 * for small sizes with JDBC batches, others for bulk formats.
 */
package cn.zhishi.demo;
