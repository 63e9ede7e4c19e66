package cn.zhishi.cadre;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenureRepository extends JpaRepository<Tenure, Long> {

    List<Tenure> findByCadreIdOrderByStartDateDesc(Long cadreId);

    List<Tenure> findByPostId(Long postId);
}
