package com.xingping.unit;

class YearFlagsOnH2IT extends YearFlagsContract {
}
