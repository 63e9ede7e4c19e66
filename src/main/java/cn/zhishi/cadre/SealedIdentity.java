package cn.zhishi.cadre;

/** The encrypted forms of a cadre's ID and phone numbers, and the ID number's keyed digest. */
record SealedIdentity(String idNumberCipher, String idNumberDigest, String phoneCipher) {
}
