package cn.zhishi.setup;

import cn.zhishi.bulkload.AfterCityLoad;
import cn.zhishi.bulkload.LongProgress;
import cn.zhishi.search.SearchIndex;
import org.springframework.stereotype.Component;

/**
 * After a city load, the search index is rebuilt from the database (the load writes with SQL, which
 * the index's followers never see). Lives here because {@code search} depends on {@code bulkload}
 * (for {@link LongProgress}), so {@code bulkload} cannot call {@code search} itself.
 */
@Component
class SearchIndexAfterCityLoad implements AfterCityLoad {

    private final SearchIndex index;

    SearchIndexAfterCityLoad(SearchIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "search-index";
    }

    @Override
    public long run(LongProgress progress) {
        return index.rebuild(progress);
    }
}
