package com.xingping.reporting;

class ReportingOnH2IT extends ReportingContract {
}
