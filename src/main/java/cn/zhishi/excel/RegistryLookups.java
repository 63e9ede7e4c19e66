package cn.zhishi.excel;

import cn.zhishi.cadre.CadreForm;
import cn.zhishi.cadre.CadreProfiles;
import cn.zhishi.cadre.CadreService;
import cn.zhishi.dictionary.Dictionaries;
import cn.zhishi.org.Jurisdiction;
import cn.zhishi.org.OrgDirectory;
import cn.zhishi.org.PostSummary;
import cn.zhishi.org.UnitSummary;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ImportLookups} for one import: every answer is remembered, because a workbook names the
 * same few units, posts and dictionary labels on hundreds of rows and each question is a query.
 */
final class RegistryLookups implements ImportLookups {

    private final OrgDirectory org;
    private final Dictionaries dictionaries;
    private final CadreService cadres;
    private final CadreProfiles profiles;
    private final Jurisdiction jurisdiction;
    private final Map<String, Optional<Long>> units = new HashMap<>();
    private final Map<String, Optional<Long>> posts = new HashMap<>();
    private final Map<String, Optional<String>> codes = new HashMap<>();

    RegistryLookups(OrgDirectory org, Dictionaries dictionaries, CadreService cadres, CadreProfiles profiles,
            Jurisdiction jurisdiction) {
        this.org = org;
        this.dictionaries = dictionaries;
        this.cadres = cadres;
        this.profiles = profiles;
        this.jurisdiction = jurisdiction;
    }

    @Override
    public Optional<Long> unitId(String code) {
        return units.computeIfAbsent(code, c -> org.findUnitByCode(c, jurisdiction).map(UnitSummary::id));
    }

    @Override
    public Optional<Long> postId(String code) {
        return posts.computeIfAbsent(code, c -> org.findPostByCode(c, jurisdiction).map(PostSummary::id));
    }

    @Override
    public Optional<String> dictionaryCode(String dictCode, String text) {
        return codes.computeIfAbsent(dictCode + "\u0000" + text, k -> dictionaries.codeOf(dictCode, text));
    }

    @Override
    public Optional<CadreForm> factsOnFile(String idNumber) {
        return cadres.findByIdNumber(idNumber).map(profiles::form);
    }
}
