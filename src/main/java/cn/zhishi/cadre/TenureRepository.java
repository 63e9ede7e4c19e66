package cn.zhishi.cadre;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TenureRepository extends JpaRepository<Tenure, Long> {

    List<Tenure> findByCadreIdOrderByStartDateDesc(Long cadreId);

    List<Tenure> findByPostId(Long postId);

    @Query("select t from Tenure t where t.postId in :postIds and t.startDate <= :day and (t.endDate is null or t.endDate >= :day)")
    List<Tenure> heldOn(Collection<Long> postIds, LocalDate day);

    @Query("select t from Tenure t where t.cadreId in :cadreIds and t.startDate <= :day and (t.endDate is null or t.endDate >= :day)")
    List<Tenure> heldByOn(Collection<Long> cadreIds, LocalDate day);
}
