/**
 * Reform simulation (规则推演): the committee changes a copy of a year's rubric (a star's threshold, an
 * element's points, the 加分 cap, the 末位 veto, the falsification factor, or any of the YAML) and sees,
 * for the year's facts as they stand, who gains or loses stars, 党建优, 业绩优, 双优, 先进 and rank, side by
 * side with the counts; scenarios are saved and compared. The scoring itself is the plain-Java engine.
 */
package com.xingping.reform;
