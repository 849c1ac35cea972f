/**
 * Live scorecards: each unit's facts assembled from approved records, its roster and its flags,
 * scored by the engine as the year goes, with the records behind every point and what is still open.
 */
package com.xingping.scorecard;
