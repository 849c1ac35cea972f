package com.xingping.scoring;

/** A roster member's place: 党组织领导班子成员 or 普通党员, which sets the study hours they need. */
public enum Role {
    LEADERSHIP, ORDINARY
}
