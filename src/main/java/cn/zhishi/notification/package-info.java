/**
 * The in-app notification centre: messages to one user (bell with unread count, list page), created by the
 * feature modules through {@link cn.zhishi.notification.Notifications}; an e-mail copy goes out only when
 * {@code spring.mail.host} is configured and the user has an address. Depends on no feature module.
 */
package cn.zhishi.notification;
