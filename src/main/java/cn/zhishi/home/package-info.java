/**
 * The home page (工作台): who is signed in, what they hold, what they oversee, and where each of
 * their roles takes them.
 */
package cn.zhishi.home;
