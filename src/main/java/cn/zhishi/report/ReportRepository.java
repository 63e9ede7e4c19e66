package cn.zhishi.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<MonthlyReport, Long> {

    Optional<MonthlyReport> findByCadreIdAndYearAndMonth(long cadreId, int year, int month);

    List<MonthlyReport> findByCadreIdOrderByYearDescMonthDesc(long cadreId);

    List<MonthlyReport> findByUnitIdInAndStatusInOrderByYearDescMonthDescIdAsc(Collection<Long> unitIds,
            Collection<ReportStatus> statuses);

    List<MonthlyReport> findByUnitIdInAndYearAndMonth(Collection<Long> unitIds, int year, int month);

    List<MonthlyReport> findByStatusOrderByUnitIdAscIdAsc(ReportStatus status);

    List<MonthlyReport> findByCadreIdInAndYearAndMonth(Collection<Long> cadreIds, int year, int month);
}
