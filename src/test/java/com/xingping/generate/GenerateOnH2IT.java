package com.xingping.generate;

class GenerateOnH2IT extends GenerateContract {
}
