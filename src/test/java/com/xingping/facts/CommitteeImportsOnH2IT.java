package com.xingping.facts;

class CommitteeImportsOnH2IT extends CommitteeImportsContract {
}
