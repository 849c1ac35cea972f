package com.xingping.integrity;

class IntegrityOnH2IT extends IntegrityContract {
}
