package cn.zhishi.demo;

import static cn.zhishi.demo.PostBlueprint.DIVISION_DEPUTY;
import static cn.zhishi.demo.PostBlueprint.SECTION_CHIEF;
import static cn.zhishi.demo.PostBlueprint.SECTION_DEPUTY;
import static cn.zhishi.demo.PostBlueprint.deputy;
import static cn.zhishi.demo.PostBlueprint.lead;
import static cn.zhishi.demo.PostBlueprint.principal;
import static cn.zhishi.org.KeyPostKind.AUDIT;
import static cn.zhishi.org.KeyPostKind.FINANCE;
import static cn.zhishi.org.KeyPostKind.LAW_ENFORCEMENT;
import static cn.zhishi.org.KeyPostKind.PERSONNEL;
import static cn.zhishi.org.KeyPostKind.PROJECT_APPROVAL;

import cn.zhishi.org.KeyPostKind;
import cn.zhishi.org.UnitClass;
import cn.zhishi.org.UnitDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fictional city and what its counties are made of. A county's units come in the order a county
 * is filled as the requested size grows: the first two are townships (乡, 镇) so that even the smallest
 * demo has township reviewers, then one of each class, then the rest of a real county's ~66 units.
 */
final class UnitCatalogue {

    static final String CITY = "云岭市";
    static final String CITY_CODE = "YL";
    /** Region codes of the ID numbers of people born in the city's counties (5226 + county number). */
    static final String CITY_REGION_PREFIX = "5226";
    static final List<String> COUNTIES = List.of("青山县", "白云县", "清河县", "石门县", "凤岭县", "长宁县", "云溪县",
            "金江县", "龙泉县", "松林县", "梅岭县", "岚山县");

    private static final List<String> TOWNSHIP_STEMS = List.of("桃源", "青石", "龙潭", "白沙", "松岭", "河西", "凤鸣",
            "梨花", "金鸡", "石门", "柳溪", "杨柳", "马场", "高坡", "平寨", "新田", "大坪", "茶园", "花桥", "黄泥", "竹林",
            "双河", "三江", "水口", "岩脚", "沙坝", "坪上", "龙井", "清水", "洛溪", "长坡", "木林", "枫香", "兴隆", "永安",
            "太平", "和平", "丰收", "红岩", "桂花", "云雾", "牛场", "鹿鸣", "板桥", "谷陇", "新华", "东风", "望城", "碧波",
            "天星", "仁和", "宝山", "玉龙", "翠屏", "朝阳", "光明", "前进", "棉花", "鸡场", "羊场");
    private static final List<String> SUBDISTRICT_STEMS = List.of("城关", "城南", "城北", "东城");
    /** 乡, 镇 or 街道 for the n-th township of a county. */
    private static final List<String> TOWNSHIP_KINDS = List.of("乡", "镇", "街道", "镇", "乡", "镇", "街道", "乡", "镇",
            "乡", "镇", "乡", "镇", "镇", "乡", "镇");

    static final List<String> TOWNSHIP_DUTIES = List.of("经济发展", "招商引资", "乡村振兴", "农业农村", "城乡建设",
            "安全生产", "生态环保", "社会事务", "教育卫生", "综治维稳", "财政", "文化旅游");

    private static final char TOWNSHIP = 'T';
    private static final Set<KeyPostKind> NONE = Set.of();

    private UnitCatalogue() {
    }

    /** The county's units, townships named for this county, in the order the county grows. */
    static List<UnitBlueprint> county(int countyIndex) {
        List<UnitBlueprint> all = new ArrayList<>();
        int townships = 0;
        int subdistricts = 0;
        for (UnitBlueprint b : ORDER) {
            if (b.codeLetter() != TOWNSHIP) {
                all.add(b);
                continue;
            }
            String kind = TOWNSHIP_KINDS.get(townships % TOWNSHIP_KINDS.size());
            String stem = kind.equals("街道") ? SUBDISTRICT_STEMS.get(subdistricts++ % SUBDISTRICT_STEMS.size())
                    : TOWNSHIP_STEMS.get((countyIndex * 13 + townships) % TOWNSHIP_STEMS.size());
            all.add(township(stem + kind, kind));
            townships++;
        }
        return all;
    }

    private static final UnitBlueprint T = new UnitBlueprint(TOWNSHIP, "", null, null, null, List.of(), List.of(),
            List.of(), "", List.of(), List.of(), 0);

    private static final List<UnitBlueprint> ORDER = List.of(
            T, T,
            ministry("中共%s委组织部", Set.of(PERSONNEL), List.of("组织人事", "党建工作", "文字综合"), 1.0),
            police(),
            window("%s政务服务中心", "主任", "副主任", NONE, List.of("行政管理", "信息技术", "群众工作"), 0.8),
            bureau("%s财政局", UnitClass.PARTY_ADMINISTRATION, Set.of(FINANCE), List.of("财务审计", "经济管理", "金融投资"),
                    List.of("预算", "国库", "政府采购", "国有资产", "农业农村财务"), 1.2),
            hospital("%s人民医院", 2.0),
            enterprise("%s城市建设投资集团有限公司", UnitClass.PARTY_ADMINISTRATION, List.of("工程管理", "金融投资", "城乡规划"),
                    List.of("工程建设", "融资", "资产运营", "安全生产"), 0.9),
            T,
            bureau("%s市场监督管理局", UnitClass.LAW_ENFORCEMENT, Set.of(LAW_ENFORCEMENT), List.of("市场监管", "法律", "安全生产"),
                    List.of("食品安全", "特种设备", "价格监督", "知识产权", "执法稽查"), 1.4),
            bureau("%s发展和改革局", UnitClass.PARTY_ADMINISTRATION, Set.of(PROJECT_APPROVAL), List.of("经济管理", "项目管理", "招商引资"),
                    List.of("项目审批", "重大项目", "价格", "能源", "经济运行"), 1.0),
            school("%s第一中学", 1.5),
            T,
            discipline(),
            bureau("%s审计局", UnitClass.PARTY_ADMINISTRATION, Set.of(AUDIT), List.of("财务审计", "经济管理", "法律"),
                    List.of("财政审计", "经济责任审计", "投资审计", "法规审理"), 0.8),
            bureau("%s农业农村局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("农业技术", "乡村振兴", "经济管理"),
                    List.of("种植业", "畜牧渔业", "农村改革", "农田建设", "农产品质量安全"), 1.2),
            T,
            bureau("%s行政审批服务局", UnitClass.WINDOW_SERVICE, Set.of(PROJECT_APPROVAL), List.of("行政管理", "项目管理", "法律"),
                    List.of("投资项目审批", "市场准入", "社会事务审批", "政务公开"), 0.8),
            centre("%s公共资源交易中心", UnitClass.WINDOW_SERVICE, Set.of(PROJECT_APPROVAL), List.of("项目管理", "法律", "财务审计"), 0.6),
            bureau("%s综合行政执法局", UnitClass.LAW_ENFORCEMENT, Set.of(LAW_ENFORCEMENT), List.of("法律", "城乡规划", "群众工作"),
                    List.of("城市管理", "违法建设查处", "市容环卫", "执法监督"), 1.4),
            T,
            office("中共%s委办公室", List.of("文字综合", "行政管理", "党建工作"), 0.8),
            office("%s人民政府办公室", List.of("文字综合", "行政管理", "经济管理"), 0.8),
            bureau("%s住房和城乡建设局", UnitClass.PARTY_ADMINISTRATION, Set.of(PROJECT_APPROVAL), List.of("城乡规划", "工程管理", "安全生产"),
                    List.of("建筑市场", "房地产", "城镇建设", "质量安全"), 1.0),
            enterprise("%s交通旅游投资开发有限公司", UnitClass.PARTY_ADMINISTRATION, List.of("金融投资", "交通运输", "文化旅游"),
                    List.of("项目投资", "融资", "景区运营", "工程建设"), 0.8),
            T,
            bureau("%s教育局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("教育管理", "行政管理", "文字综合"),
                    List.of("基础教育", "教师队伍", "教育督导", "学校安全"), 1.0),
            bureau("%s自然资源局", UnitClass.PARTY_ADMINISTRATION, Set.of(PROJECT_APPROVAL), List.of("城乡规划", "法律", "林业生态"),
                    List.of("国土空间规划", "耕地保护", "不动产", "矿产资源"), 1.0),
            bureau("%s医疗保障局", UnitClass.WINDOW_SERVICE, Set.of(FINANCE), List.of("社会保障", "财务审计", "医疗卫生"),
                    List.of("医保待遇", "基金监管", "医药价格"), 0.6),
            centre("%s农业技术推广中心", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("农业技术", "乡村振兴"), 0.7),
            T,
            ministry("中共%s委宣传部", NONE, List.of("宣传文化", "文字综合", "党建工作"), 0.7),
            bureau("%s人力资源和社会保障局", UnitClass.PARTY_ADMINISTRATION, Set.of(PERSONNEL), List.of("社会保障", "组织人事", "法律"),
                    List.of("就业创业", "社会保险", "人事考试", "劳动监察"), 1.0),
            bureau("%s司法局", UnitClass.LAW_ENFORCEMENT, Set.of(LAW_ENFORCEMENT), List.of("法律", "公安政法", "群众工作"),
                    List.of("行政复议", "社区矫正", "人民调解", "普法"), 0.9),
            centre("%s不动产登记中心", UnitClass.WINDOW_SERVICE, NONE, List.of("行政管理", "法律"), 0.6),
            T,
            bureau("%s卫生健康局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("医疗卫生", "行政管理", "应急管理"),
                    List.of("医政医管", "疾病防控", "基层卫生", "妇幼健康"), 0.9),
            bureau("%s民政局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("社会保障", "基层治理", "群众工作"),
                    List.of("社会救助", "养老服务", "社会组织", "区划地名"), 0.8),
            bureau("%s应急管理局", UnitClass.LAW_ENFORCEMENT, Set.of(LAW_ENFORCEMENT), List.of("应急管理", "安全生产", "法律"),
                    List.of("安全生产监管", "防灾减灾", "应急救援", "执法监察"), 0.9),
            hospital("%s中医院", 1.4),
            T,
            bureau("%s水务局", UnitClass.PARTY_ADMINISTRATION, Set.of(PROJECT_APPROVAL), List.of("水利", "工程管理", "生态环保"),
                    List.of("水利工程", "河湖长制", "农村饮水", "防汛抗旱"), 0.8),
            bureau("%s交通运输局", UnitClass.PARTY_ADMINISTRATION, Set.of(PROJECT_APPROVAL), List.of("交通运输", "工程管理", "项目管理"),
                    List.of("公路建设", "运输管理", "农村公路", "交通安全"), 0.9),
            centre("%s社会保险事业中心", UnitClass.WINDOW_SERVICE, Set.of(FINANCE), List.of("社会保障", "财务审计"), 0.7),
            enterprise("%s供排水有限责任公司", UnitClass.WINDOW_SERVICE, List.of("工程管理", "企业管理", "水利"),
                    List.of("供水运营", "管网建设", "客户服务", "安全生产"), 0.8),
            T,
            bureau("%s商务局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("招商引资", "经济管理", "市场监管"),
                    List.of("招商引资", "商贸流通", "电子商务", "对外贸易"), 0.7),
            bureau("%s统计局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("统计分析", "经济管理", "信息技术"),
                    List.of("综合统计", "普查", "统计执法"), 0.6),
            centre("%s融媒体中心", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("宣传文化", "文字综合", "信息技术"), 0.8),
            bureau("%s林业局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("林业生态", "生态环保", "农业技术"),
                    List.of("营造林", "森林防火", "林政资源", "自然保护地"), 0.8),
            T,
            ministry("中共%s委政法委员会", Set.of(LAW_ENFORCEMENT), List.of("公安政法", "法律", "基层治理"), 0.6),
            ministry("中共%s委统战部", NONE, List.of("群众工作", "宣传文化", "党建工作"), 0.5),
            bureau("%s文化广电旅游局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("文化旅游", "宣传文化", "招商引资"),
                    List.of("文化产业", "旅游发展", "文物保护", "广播电视"), 0.8),
            centre("%s疾病预防控制中心", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("医疗卫生", "应急管理"), 0.9),
            T,
            bureau("%s乡村振兴局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("乡村振兴", "农业技术", "群众工作"),
                    List.of("防止返贫监测", "产业帮扶", "东西部协作", "驻村帮扶"), 0.7),
            bureau("%s工业和信息化局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("经济管理", "信息技术", "招商引资"),
                    List.of("工业经济", "园区建设", "中小企业", "信息化"), 0.7),
            bureau("%s退役军人事务局", UnitClass.PARTY_ADMINISTRATION, NONE, List.of("社会保障", "群众工作"),
                    List.of("优抚安置", "就业创业", "权益维护"), 0.5),
            enterprise("%s农业投资发展有限公司", UnitClass.PARTY_ADMINISTRATION, List.of("农业技术", "金融投资", "企业管理"),
                    List.of("产业投资", "农产品加工", "冷链物流"), 0.7),
            T,
            school("%s第二中学", 1.2),
            bureau("%s生态环境保护综合行政执法大队", UnitClass.LAW_ENFORCEMENT, Set.of(LAW_ENFORCEMENT), List.of("生态环保", "法律"),
                    List.of("污染源监管", "环境执法", "信访调处"), 0.6),
            bureau("%s交通运输综合行政执法大队", UnitClass.LAW_ENFORCEMENT, Set.of(LAW_ENFORCEMENT), List.of("交通运输", "法律"),
                    List.of("路政执法", "运政执法", "治超"), 0.7),
            T, T);

    // ---- kinds of unit ------------------------------------------------------------------------

    private static UnitBlueprint township(String name, String kind) {
        boolean subdistrict = kind.equals("街道");
        String secretary = subdistrict ? "党工委书记" : "党委书记";
        String head = subdistrict ? "办事处主任" : kind + "长";
        String deputyHead = subdistrict ? "办事处副主任" : "副" + kind + "长";
        return new UnitBlueprint(TOWNSHIP, name, UnitDomain.PARTY_GOVERNMENT, UnitClass.TOWNSHIP, "TOWNSHIP",
                List.of(principal(secretary, SECTION_CHIEF, Set.of(PERSONNEL)),
                        principal(head, SECTION_CHIEF, Set.of(PROJECT_APPROVAL)),
                        deputy(subdistrict ? "党工委副书记" : "党委副书记", SECTION_DEPUTY, 1, 1, NONE),
                        deputy(subdistrict ? "纪工委书记" : "纪委书记", SECTION_DEPUTY, 1, 1, Set.of(LAW_ENFORCEMENT)),
                        deputy("组织委员", SECTION_DEPUTY, 1, 1, Set.of(PERSONNEL)),
                        deputy(deputyHead, SECTION_DEPUTY, 2, 3, NONE)),
                List.of(lead("党政办主任", NONE), lead("财政所所长", Set.of(FINANCE))),
                List.of("党政综合办公室科员", "经济发展办公室科员", "社会事务办公室科员", "农业农村工作站科员"),
                "gov", List.of("乡村振兴", "基层治理", "招商引资", "农业技术", "群众工作", "安全生产"), TOWNSHIP_DUTIES, 1.6);
    }

    private static UnitBlueprint bureau(String name, UnitClass cls, Set<KeyPostKind> keys, List<String> expertise,
            List<String> duties, double weight) {
        char letter = cls == UnitClass.LAW_ENFORCEMENT ? 'L' : cls == UnitClass.WINDOW_SERVICE ? 'W' : 'A';
        Set<KeyPostKind> legal = cls == UnitClass.LAW_ENFORCEMENT ? Set.of(LAW_ENFORCEMENT) : NONE;
        return new UnitBlueprint(letter, name, UnitDomain.PARTY_GOVERNMENT, cls, "SECTION",
                List.of(principal("局长", SECTION_CHIEF, keys), deputy("副局长", SECTION_DEPUTY, 2, 3, keys)),
                List.of(lead("办公室主任", NONE), lead(cls == UnitClass.LAW_ENFORCEMENT ? "法制股股长" : "财务股股长",
                        cls == UnitClass.LAW_ENFORCEMENT ? legal : Set.of(FINANCE))),
                cls == UnitClass.LAW_ENFORCEMENT ? List.of("执法大队科员", "业务股科员", "办公室科员")
                        : List.of("业务股科员", "综合股科员", "办公室科员"),
                "gov", expertise, duties, weight);
    }

    private static UnitBlueprint office(String name, List<String> expertise, double weight) {
        return new UnitBlueprint('A', name, UnitDomain.PARTY_GOVERNMENT, UnitClass.PARTY_ADMINISTRATION, "SECTION",
                List.of(principal("主任", SECTION_CHIEF, NONE), deputy("副主任", SECTION_DEPUTY, 2, 3, NONE)),
                List.of(lead("秘书科科长", NONE), lead("综合科科长", NONE)), List.of("秘书科科员", "综合科科员", "督查室科员"),
                "gov", expertise, List.of("文稿起草", "督查督办", "机要保密", "后勤保障", "信息"), weight);
    }

    private static UnitBlueprint window(String name, String head, String deputyHead, Set<KeyPostKind> keys,
            List<String> expertise, double weight) {
        return new UnitBlueprint('W', name, UnitDomain.PARTY_GOVERNMENT, UnitClass.WINDOW_SERVICE, "SECTION",
                List.of(principal(head, SECTION_CHIEF, keys), deputy(deputyHead, SECTION_DEPUTY, 2, 3, keys)),
                List.of(lead("综合股股长", NONE), lead("窗口管理股股长", NONE)), List.of("综合窗口科员", "办公室科员"),
                "gov", expertise, List.of("窗口管理", "“一网通办”", "效能督查", "12345热线"), weight);
    }

    /** 部 and 委 of the county Party committee; the 部长 of 组织部 and 宣传部 sits on the standing committee (副处). */
    private static UnitBlueprint ministry(String name, Set<KeyPostKind> keys, List<String> expertise, double weight) {
        boolean standing = name.endsWith("组织部") || name.endsWith("宣传部");
        boolean commission = name.endsWith("委员会");
        String head = commission ? "书记" : "部长";
        List<PostBlueprint> team = standing
                ? List.of(principal(head, DIVISION_DEPUTY, keys), deputy("常务副部长", SECTION_CHIEF, 1, 1, keys),
                        deputy("副部长", SECTION_DEPUTY, 2, 2, keys))
                : List.of(principal(head, SECTION_CHIEF, keys),
                        deputy(commission ? "副书记" : "副部长", SECTION_DEPUTY, 2, 3, keys));
        String section = name.endsWith("组织部") ? "干部科" : "综合科";
        return new UnitBlueprint('A', name, UnitDomain.PARTY_GOVERNMENT, UnitClass.PARTY_ADMINISTRATION, "SECTION", team,
                List.of(lead(section + "科长", keys), lead("办公室主任", NONE)),
                List.of(section + "科员", "办公室科员", "业务科科员"), "gov", expertise,
                name.endsWith("组织部") ? List.of("干部工作", "基层组织建设", "党员教育", "人才工作", "公务员管理")
                        : List.of("理论学习", "综合业务", "机关党建", "调查研究"),
                weight);
    }

    private static UnitBlueprint police() {
        Set<KeyPostKind> law = Set.of(LAW_ENFORCEMENT);
        return new UnitBlueprint('L', "%s公安局", UnitDomain.PARTY_GOVERNMENT, UnitClass.LAW_ENFORCEMENT, "SECTION",
                List.of(principal("局长", SECTION_CHIEF, law), deputy("政委", SECTION_CHIEF, 1, 1, law),
                        deputy("副局长", SECTION_DEPUTY, 2, 3, law)),
                List.of(lead("法制大队大队长", law), lead("治安管理大队大队长", law)),
                List.of("派出所民警", "刑事侦查大队民警", "治安管理大队民警", "交通管理大队民警"), "gov",
                List.of("公安政法", "法律", "应急管理"), List.of("刑侦", "治安", "交通管理", "禁毒", "警务保障"), 3.0);
    }

    /** 纪委监委: the 书记 sits on the standing committee; every post is 执法执纪. */
    private static UnitBlueprint discipline() {
        Set<KeyPostKind> law = Set.of(LAW_ENFORCEMENT);
        return new UnitBlueprint('L', "%s纪委监委", UnitDomain.PARTY_GOVERNMENT, UnitClass.LAW_ENFORCEMENT, "SECTION",
                List.of(principal("纪委书记、监委主任", DIVISION_DEPUTY, law), deputy("纪委副书记", SECTION_CHIEF, 1, 2, law),
                        deputy("纪委常委", SECTION_DEPUTY, 2, 3, law)),
                List.of(lead("案件审理室主任", law), lead("纪检监察室主任", law)), List.of("纪检监察室科员", "案件审理室科员"),
                "gov", List.of("纪检监察", "法律", "财务审计"), List.of("监督检查", "审查调查", "案件审理", "党风政风监督"), 1.0);
    }

    private static UnitBlueprint centre(String name, UnitClass cls, Set<KeyPostKind> keys, List<String> expertise,
            double weight) {
        return new UnitBlueprint('I', name, UnitDomain.PUBLIC_INSTITUTION, cls, "SECTION",
                List.of(principal("主任", SECTION_CHIEF, keys), deputy("副主任", SECTION_DEPUTY, 1, 2, keys)),
                List.of(lead("办公室主任", NONE), lead("业务科科长", keys)), List.of("业务科工作人员", "办公室工作人员"),
                "institution", expertise, List.of("业务", "综合", "信息化", "党建"), weight);
    }

    private static UnitBlueprint hospital(String name, double weight) {
        return new UnitBlueprint('I', name, UnitDomain.PUBLIC_INSTITUTION, UnitClass.WINDOW_SERVICE, "SECTION",
                List.of(principal("院长", SECTION_CHIEF, NONE), deputy("副院长", SECTION_DEPUTY, 2, 3, NONE)),
                List.of(lead("医务科科长", NONE), lead("财务科科长", Set.of(FINANCE))),
                List.of("医务科工作人员", "院办工作人员", "护理部工作人员"), "medical",
                List.of("医疗卫生", "行政管理", "应急管理"), List.of("医疗", "护理", "医保", "后勤", "公共卫生"), weight);
    }

    private static UnitBlueprint school(String name, double weight) {
        return new UnitBlueprint('I', name, UnitDomain.PUBLIC_INSTITUTION, UnitClass.WINDOW_SERVICE, "SECTION",
                List.of(principal("校长", SECTION_CHIEF, NONE), deputy("副校长", SECTION_DEPUTY, 2, 3, NONE)),
                List.of(lead("教务处主任", NONE), lead("政教处主任", NONE)), List.of("教务处干事", "政教处干事", "校办干事"),
                "education", List.of("教育管理", "文字综合"), List.of("教学", "德育", "后勤", "安全"), weight);
    }

    private static UnitBlueprint enterprise(String name, UnitClass cls, List<String> expertise, List<String> duties,
            double weight) {
        return new UnitBlueprint('E', name, UnitDomain.STATE_ENTERPRISE, cls, "SECTION",
                List.of(principal("党委书记、董事长", SECTION_CHIEF, Set.of(FINANCE, PROJECT_APPROVAL)),
                        deputy("总经理", SECTION_CHIEF, 1, 1, Set.of(FINANCE)), deputy("副总经理", SECTION_DEPUTY, 2, 2, NONE)),
                List.of(lead("财务部经理", Set.of(FINANCE)), lead("综合部经理", NONE)),
                List.of("工程部职员", "综合部职员", "财务部职员"), "enterprise", expertise, duties, weight);
    }
}
