/**
 * Sensitive personal data (ID numbers, phone numbers): encryption at rest with AES-GCM or SM4-GCM,
 * keyed digests for matching without decrypting, and masking for display and export.
 */
package cn.zhishi.sensitive;
