package cn.zhishi.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostRepository extends JpaRepository<Post, Long> {

    List<Post> findByUnitIdOrderBySortOrderAscIdAsc(Long unitId);

    List<Post> findByIdIn(Collection<Long> ids);

    Optional<Post> findByCode(String code);
}
