package com.xingping.rubrics;

class StoredRubricsOnH2IT extends StoredRubricsContract {
}
