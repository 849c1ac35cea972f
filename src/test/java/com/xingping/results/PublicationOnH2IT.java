package com.xingping.results;

class PublicationOnH2IT extends PublicationContract {
}
