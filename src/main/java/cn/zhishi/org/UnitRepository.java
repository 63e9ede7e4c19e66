package cn.zhishi.org;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByIdIn(Collection<Long> ids);

    List<Unit> findByParentIdOrderBySortOrderAscNameAsc(Long parentId);

    @Query("select u from Unit u where u.path like :prefix order by u.depth, u.sortOrder, u.name")
    List<Unit> findSubtree(String prefix);

    List<Unit> findByPathIn(Collection<String> paths);
}
