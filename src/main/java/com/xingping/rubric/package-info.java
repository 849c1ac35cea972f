/**
 * The rubric as data: stars, criteria, elements, baselines, 业绩优 and 加分 rules and the policy
 * settings of one assessment year, loaded and validated from a YAML file. Plain Java, no Spring.
 */
package com.xingping.rubric;
