package cn.zhishi.cadre;

/** 性别. The 17th digit of the citizen ID number is odd for men, even for women. */
public enum Gender {
    MALE, FEMALE
}
