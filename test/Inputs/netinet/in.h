// Mock <netinet/in.h>: the address types, nothing else.
#ifndef MOCK_NETINET_IN_H
#define MOCK_NETINET_IN_H
typedef unsigned int in_addr_t;
typedef unsigned short in_port_t;
struct in_addr { in_addr_t s_addr; };
struct in6_addr { unsigned char s6_addr[16]; };
struct sockaddr_in { unsigned short sin_family; in_port_t sin_port; struct in_addr sin_addr; };
struct sockaddr_in6 { unsigned short sin6_family; in_port_t sin6_port; struct in6_addr sin6_addr; };
#endif
