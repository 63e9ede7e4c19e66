/**
 * Sign-in, roles and jurisdictions. Pages use form login with lock-out and idle timeout; API
 * clients use HTTP Basic or a bearer token issued to a user. Roles follow 三员分立: the system
 * admin, security admin and auditor are separate people with separate powers.
 */
package cn.zhishi.security;
