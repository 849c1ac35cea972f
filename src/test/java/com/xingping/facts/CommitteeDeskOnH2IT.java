package com.xingping.facts;

class CommitteeDeskOnH2IT extends CommitteeDeskContract {
}
