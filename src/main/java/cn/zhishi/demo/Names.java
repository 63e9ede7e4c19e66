package cn.zhishi.demo;

import cn.zhishi.cadre.Gender;
import java.util.List;

/**
 * Plausible Chinese personal names: a surname drawn by rough frequency (common ones listed more than
 * once) and a one- or two-character given name from characters usual for the gender.
 */
final class Names {

    private static final List<String> SURNAMES = List.of(
            "王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "陈", "陈", "杨", "杨", "杨", "黄", "赵", "吴",
            "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "罗", "郑", "梁", "谢", "宋", "唐", "许",
            "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "田", "董", "袁", "潘", "潘", "蒋", "蔡", "余", "杜", "叶", "程",
            "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "谭", "陆", "范", "金", "石", "石", "廖", "贾", "夏",
            "韦", "付", "方", "邹", "熊", "秦", "江", "尹", "龙", "龙", "雷", "侯", "陶", "贺", "顾", "龚", "万", "严", "覃",
            "向", "欧阳", "文", "左", "舒", "粟", "麻", "滕", "姬", "邰");
    private static final List<String> MALE = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚",
            "平", "辉", "鹏", "华", "飞", "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "洋",
            "兵", "彬", "建", "国", "志", "文", "德", "成", "海", "峰", "昌", "荣", "松", "锋", "毅", "晨", "阳", "睿", "博",
            "轩", "泽", "宏", "江", "山", "云", "启", "光", "永", "胜", "祥");
    private static final List<String> FEMALE = List.of("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "玲", "燕",
            "红", "梅", "琳", "莉", "婷", "雪", "慧", "倩", "颖", "洁", "佳", "萍", "兰", "琴", "月", "薇", "晶", "瑶", "欣",
            "蕾", "璐", "悦", "菲", "露", "丹", "凤", "英", "华", "春", "雯", "思", "怡", "诗", "雨", "婧", "妍", "晓", "彤",
            "蓉");

    private Names() {
    }

    static String surname(Rng r) {
        return r.pick(SURNAMES);
    }

    static String person(Rng r, Gender gender) {
        return surname(r) + given(r, gender);
    }

    static String given(Rng r, Gender gender) {
        List<String> chars = gender == Gender.MALE ? MALE : FEMALE;
        String first = r.pick(chars);
        if (r.chance(0.25)) {
            return first;
        }
        String second = r.pick(chars);
        return second.equals(first) && r.chance(0.7) ? first + r.pick(chars) : first + second;
    }
}
