package cn.zhishi.cadre;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CadreRepository extends JpaRepository<Cadre, Long> {

    Optional<Cadre> findByIdNumberDigest(String digest);

    java.util.List<Cadre> findByUnitIdInAndStatus(java.util.Collection<Long> unitIds, CadreStatus status);
}
