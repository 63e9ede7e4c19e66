package cn.zhishi.setup;

import cn.zhishi.demo.CitySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled load the demo county into an empty database at first start
 * @param seed    the generator's seed: the same seed gives the same county
 * @param cadres  how many cadres the county has (at least {@value CitySpec#MIN_CADRES_PER_COUNTY})
 */
@ConfigurationProperties("zhishi.demo")
record DemoSettings(boolean enabled, long seed, int cadres) {

    static final long DEFAULT_SEED = 20261121L;
    static final int DEFAULT_CADRES = 300;

    DemoSettings {
        if (seed == 0) {
            seed = DEFAULT_SEED;
        }
        if (cadres == 0) {
            cadres = DEFAULT_CADRES;
        }
        if (cadres < CitySpec.MIN_CADRES_PER_COUNTY) {
            throw new IllegalArgumentException(
                    "zhishi.demo.cadres must be at least " + CitySpec.MIN_CADRES_PER_COUNTY + ": " + cadres);
        }
    }
}
