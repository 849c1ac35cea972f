package com.xingping.year;

class YearClosingOnH2IT extends YearClosingContract {
}
