package org.kaifang.notify;

import org.kaifang.config.Language;
import org.kaifang.config.Messages;
import org.kaifang.report.Numbers;

/**
 * An indicator behind 序时进度 at its latest month, as operators are told of it (one row of
 * rpt_behind_pace). A cap (控制在…以内) is behind when it is over its pace, and reads so.
 *
 * @param share   the share of the year's target reached (a stock: of the increase it asks for); null for real growth
 * @param gap     points behind, the view's difference of the printed figures (negative; a cap's positive)
 */
record BehindPace(String regionName, String indicatorName, String period, String basis, boolean cap, Double share,
                  Double elapsed, Double growth, Double target, double gap) {

    /** The notice's line; without figures when they may not leave the bureau ({@code notify.figures=false}). */
    String summary(Language language, boolean figures) {
        if (!figures) {
            return Messages.text(language, cap ? "notify.over_cap_plain" : "notify.behind_plain", regionName,
                    indicatorName, period);
        }
        // each to 1 place, as the reports print them; the view's gap is their difference
        String points = Numbers.rate(Math.abs(gap));
        if (share == null) {
            return Messages.text(language, cap ? "notify.over_cap_growth" : "notify.behind_growth", regionName,
                    indicatorName, period, Numbers.rate(growth), Numbers.rate(target), points);
        }
        // a stock's progress is its increase since last year-end against the increase the target asks for
        String key = cap ? "notify.over_cap_share"
                : "stock_increment".equals(basis) ? "notify.behind_stock" : "notify.behind_share";
        return Messages.text(language, key, regionName, indicatorName, period, Numbers.rate(share),
                Numbers.rate(elapsed), points);
    }
}
