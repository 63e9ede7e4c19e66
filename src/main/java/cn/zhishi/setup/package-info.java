/**
 * 首次启动 — first start. On an empty database, loads the demo county (when
 * {@code zhishi.demo.enabled}) and creates the first accounts: the three 三员 administrators and,
 * with the demo, one account per demo role ({@link cn.zhishi.setup.DemoAccounts}). Generated
 * passwords are printed once, in a console banner, and must be changed at first sign-in.
 */
package cn.zhishi.setup;
