package cn.luzhi.evaluation;

import java.time.LocalDate;

import cn.luzhi.shared.Surface;

/** Published inside the transaction when a year's scores are shown and the deputies may object until {@code windowEnds}. */
@Surface
public record ObjectionWindowOpened(long congressId, int year, LocalDate windowEnds) {
}
