package cn.zhishi.bulkload;

import cn.zhishi.sensitive.SensitiveDataCipher;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What rows refer to, held in memory for the load so that checking a reference costs a hash lookup,
 * not a query: units and posts by code, leadership teams by unit, the active codes of each managed
 * dictionary, sanction types, and the cadres by ID number — those of cadres.csv as loaded and, on
 * first mention, those already in the registry (found by the digest of the number, as the registry
 * stores no clear ID numbers).
 */
final class References {

    private final JdbcTemplate jdbc;
    private final SensitiveDataCipher cipher;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> posts = new HashMap<>();
    private final Map<String, Set<String>> dictionaries = new HashMap<>();
    private final Set<String> sanctionTypes = new HashSet<>();
    /** ID number (normalised) → cadre id; a null value: looked up, not in the registry. */
    private final Map<String, Long> cadres = new HashMap<>();
    private Map<String, Long> registeredByDigest;

    References(JdbcTemplate jdbc, SensitiveDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void readDictionariesAndTypes() {
        jdbc.query("select dict_code, code from dictionary_entry where active = true",
                rs -> {
                    dictionaries.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        sanctionTypes.addAll(jdbc.queryForList("select code from sanction_type", String.class));
    }

    void readUnits() {
        units.clear();
        jdbc.query("select code, id from org_unit", rs -> {
            units.put(rs.getString(1), rs.getLong(2));
        });
    }

    void readPosts() {
        posts.clear();
        jdbc.query("select code, id from post", rs -> {
            posts.put(rs.getString(1), rs.getLong(2));
        });
    }

    /** After cadres.csv: the cadres of the file by their numbers (digests computed during the file's pass). */
    void readCadres(Map<String, String> digestsOfFile) {
        registeredByDigest = new HashMap<>();
        jdbc.query("select id_number_digest, id from cadre", rs -> {
            registeredByDigest.put(rs.getString(1), rs.getLong(2));
        });
        cadres.clear();
        for (Map.Entry<String, String> e : digestsOfFile.entrySet()) {
            cadres.put(e.getKey(), registeredByDigest.get(e.getValue()));
        }
    }

    Long unit(String code) {
        return code == null ? null : units.get(code);
    }

    boolean hasUnit(String code) {
        return code != null && units.containsKey(code);
    }

    Long post(String code) {
        return code == null ? null : posts.get(code);
    }

    boolean inDictionary(String dictCode, String code) {
        Set<String> codes = dictionaries.get(dictCode);
        return codes != null && codes.contains(code);
    }

    boolean isSanctionType(String code) {
        return sanctionTypes.contains(code);
    }

    /** The cadre with this ID number, null when neither the file nor the registry has one. */
    Long cadre(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        Long id = cadres.get(idNumber);
        if (id != null || cadres.containsKey(idNumber)) {
            return id;
        }
        String normalised = idNumber.trim().toUpperCase();
        if (!normalised.equals(idNumber)) {
            id = cadre(normalised);
        } else {
            if (registeredByDigest == null) {
                throw new IllegalStateException("the registry's cadres are read before the records that name them");
            }
            id = normalised.isEmpty() ? null : registeredByDigest.get(cipher.digest(normalised));
        }
        cadres.put(idNumber, id);
        return id;
    }
}
