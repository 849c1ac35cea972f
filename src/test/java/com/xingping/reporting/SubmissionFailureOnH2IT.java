package com.xingping.reporting;

class SubmissionFailureOnH2IT extends SubmissionFailureContract {
}
