package cn.zhishi.supervision;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<SupervisedTask, Long> {

    List<SupervisedTask> findByCompletedOnIsNullAndCardedFalse();

    List<SupervisedTask> findByUnitIdInOrderByDeadlineAsc(Collection<Long> unitIds);

    List<SupervisedTask> findByCompletedOnIsNullOrderByDeadlineAsc();
}
