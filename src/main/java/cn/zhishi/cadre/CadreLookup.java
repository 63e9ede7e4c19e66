package cn.zhishi.cadre;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and units of cadres by id, for other modules that store only cadre ids (reports, cards).
 * No jurisdiction check: callers label rows they already filtered, or check the unit themselves.
 */
@Service
@Transactional(readOnly = true)
public class CadreLookup {

    private final CadreRepository cadres;

    CadreLookup(CadreRepository cadres) {
        this.cadres = cadres;
    }

    public Optional<CadreRef> find(long cadreId) {
        return cadres.findById(cadreId).map(CadreLookup::ref);
    }

    public Map<Long, CadreRef> byIds(Collection<Long> ids) {
        return cadres.findAllById(ids).stream().map(CadreLookup::ref)
                .collect(Collectors.toMap(CadreRef::id, Function.identity()));
    }

    /** Serving cadres of exactly these units (not their subunits), by name. */
    public List<CadreRef> activeIn(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? List.of() : cadres.findByUnitIdInAndStatus(unitIds, CadreStatus.ACTIVE).stream()
                .map(CadreLookup::ref).sorted(java.util.Comparator.comparing(CadreRef::id)).toList();
    }

    private static CadreRef ref(Cadre c) {
        return new CadreRef(c.getId(), c.getName(), c.getUnitId());
    }

    public record CadreRef(long id, String name, long unitId) {
    }
}
