/**
 * What every feature shares: the input-problem and not-found exceptions that the web layer
 * turns into field messages and RFC 9457 problem details, and the page/API error handling.
 */
package cn.zhishi.shared;
