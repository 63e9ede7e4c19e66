package cn.zhishi.excel;

import cn.zhishi.cadre.CadreForm;
import java.util.Optional;

/** What reading a workbook needs to know about the registry, within the importing user's jurisdiction. */
interface ImportLookups {

    Optional<Long> unitId(String code);

    Optional<Long> postId(String code);

    /** The dictionary code whose label (either language) or code is {@code text}. */
    Optional<String> dictionaryCode(String dictCode, String text);

    /** The basic facts of the cadre on file with this (valid, normalised) ID number, if visible. */
    Optional<CadreForm> factsOnFile(String idNumber);
}
