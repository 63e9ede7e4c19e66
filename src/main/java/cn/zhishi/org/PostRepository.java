package cn.zhishi.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long> {

    List<Post> findByUnitIdOrderBySortOrderAscIdAsc(Long unitId);

    List<Post> findByIdIn(Collection<Long> ids);

    List<Post> findByUnitIdIn(Collection<Long> unitIds);

    Optional<Post> findByCode(String code);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Post p where p.id = :id")
    Optional<Post> lockById(Long id);
}
