package com.xingping.reporting;

class UploadSafetyOnH2IT extends UploadSafetyContract {
}
