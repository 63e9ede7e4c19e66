package cn.zhishi.demo;

import java.util.List;

/**
 * A unit as planned: its record, the blueprint it follows, the name used in résumés
 * ({@code fullName}: 青山县桃源乡 where the tree says 桃源乡), its team and its posts.
 */
record PlannedUnit(UnitRecord unit, UnitBlueprint blueprint, String fullName, TeamRecord team,
        List<PostRecord> teamPosts, List<PostRecord> staffPosts) {
}
