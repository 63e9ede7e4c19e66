package cn.zhishi.org;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadershipTeamRepository extends JpaRepository<LeadershipTeam, Long> {

    Optional<LeadershipTeam> findByUnitId(Long unitId);
}
