package cn.zhishi.cadre;

import java.util.List;

/** A page of cadre rows with the total that matched. */
public record CadrePage(List<CadreRow> rows, long totalElements, int number, int size) {

    public int getTotalPages() {
        return (int) Math.max(1, (totalElements + size - 1) / size);
    }

    public int getNumber() {
        return number;
    }

    public long getTotalElements() {
        return totalElements;
    }
}
