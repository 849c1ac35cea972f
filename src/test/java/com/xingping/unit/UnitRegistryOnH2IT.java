package com.xingping.unit;

class UnitRegistryOnH2IT extends UnitRegistryContract {
}
