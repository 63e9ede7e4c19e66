package cn.zhishi.assessment.keywork;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeyWorkSheetRepository extends JpaRepository<KeyWorkSheet, Long> {

    @EntityGraph(attributePaths = "projects")
    Optional<KeyWorkSheet> findByCadreIdAndWorkYear(long cadreId, int workYear);

    @EntityGraph(attributePaths = "projects")
    List<KeyWorkSheet> findByCadreIdOrderByWorkYearDesc(long cadreId);

    @EntityGraph(attributePaths = "projects")
    List<KeyWorkSheet> findByWorkYearAndCadreIdIn(int workYear, Collection<Long> cadreIds);
}
