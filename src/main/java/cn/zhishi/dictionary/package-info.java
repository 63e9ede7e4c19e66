/**
 * Managed dictionaries (民族, 学历, 学位, 亲属关系, 职务层次, 职级, 奖励类型 …): the enumerations users
 * pick from, validated on every entry path, labelled in Chinese and English.
 */
package cn.zhishi.dictionary;
