package cn.zhishi.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByTrackingDigest(String digest);

    List<Complaint> findByReportIdIn(Collection<Long> reportIds);

    boolean existsByReportIdAndStatusIn(long reportId, Collection<ComplaintStatus> statuses);

    List<Complaint> findAllByOrderByIdDesc();
}
