//! Who the client is, for rate limiting: the signed-in account when there is one, else the
//! network the request came from. Behind a reverse proxy the TCP peer is the proxy, so the
//! address is taken from `Forwarded` / `X-Forwarded-For`, but only when the peer is one of
//! the configured trusted proxies: anyone can write those headers.

use axum::http::HeaderMap;
use ipnet::IpNet;
use std::net::IpAddr;

/// The proxies whose forwarding headers are believed (`PORTAL_TRUSTED_PROXIES`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// A comma-separated list of addresses or networks: `10.0.0.0/8, ::1`.
    pub fn parse(text: &str) -> Result<TrustedProxies, String> {
        let mut nets = Vec::new();
        for item in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let net = item
                .parse::<IpNet>()
                .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                .map_err(|_| format!("'{item}' is not an address or a network such as 10.0.0.0/8"))?;
            nets.push(net);
        }
        Ok(TrustedProxies(nets))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address: the peer itself unless it is a trusted proxy; then the hops
    /// it reports, read from the right (nearest) end, skipping further trusted proxies. A
    /// hop that cannot be read stops the walk at the last proxy that was believed.
    pub fn client_address(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let mut client = canonical(peer);
        if !self.trusts(client) {
            return client;
        }
        for hop in forwarded_hops(headers).into_iter().rev() {
            match hop {
                Some(ip) => {
                    client = canonical(ip);
                    if !self.trusts(client) {
                        break;
                    }
                }
                None => break,
            }
        }
        client
    }
}

/// IPv4-mapped IPv6 addresses count as the IPv4 address they carry.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    }
}

/// The hops a proxy reports, nearest last; `None` for one that is not an address (`unknown`,
/// an obfuscated name, garbage). `Forwarded` (RFC 7239) wins over `X-Forwarded-For`.
fn forwarded_hops(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let values = |name: &str| -> Vec<String> {
        headers.get_all(name).iter().map(|v| v.to_str().map(str::to_owned).unwrap_or_default()).collect()
    };
    let forwarded = values("forwarded");
    if !forwarded.is_empty() {
        return forwarded
            .iter()
            .flat_map(|line| line.split(','))
            .map(|element| {
                element
                    .split(';')
                    .filter_map(|pair| pair.trim().split_once('='))
                    .find(|(key, _)| key.eq_ignore_ascii_case("for"))
                    .and_then(|(_, node)| node_address(node.trim().trim_matches('"')))
            })
            .collect();
    }
    values("x-forwarded-for").iter().flat_map(|line| line.split(',')).map(|hop| node_address(hop.trim())).collect()
}

/// `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]`, `[2001:db8::1]:4711` or `2001:db8::1`.
fn node_address(node: &str) -> Option<IpAddr> {
    if let Ok(ip) = node.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Some(rest) = node.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    let (host, port) = node.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

/// What a request is counted against.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClientKey {
    /// A signed-in person, staff member or API client (`Principal::audit_id`).
    Account(String),
    /// An IPv4 address.
    V4(u32),
    /// An IPv6 /64: one subscriber line or one host's privacy addresses.
    V6(u64),
}

impl ClientKey {
    pub fn network(ip: IpAddr) -> ClientKey {
        match canonical(ip) {
            IpAddr::V4(v4) => ClientKey::V4(u32::from(v4)),
            IpAddr::V6(v6) => ClientKey::V6((u128::from(v6) >> 64) as u64),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn without_trusted_proxies_the_headers_are_ignored() {
        let none = TrustedProxies::default();
        let h = headers(&[("x-forwarded-for", "203.0.113.7"), ("forwarded", "for=203.0.113.8")]);
        assert_eq!(none.client_address(ip("127.0.0.1"), &h), ip("127.0.0.1"));
    }

    #[test]
    fn a_peer_that_is_not_trusted_is_the_client_whatever_it_claims() {
        let proxies = TrustedProxies::parse("10.0.0.0/8").unwrap();
        let h = headers(&[("x-forwarded-for", "203.0.113.7")]);
        assert_eq!(proxies.client_address(ip("198.51.100.1"), &h), ip("198.51.100.1"));
    }

    #[test]
    fn behind_trusted_proxies_the_nearest_untrusted_hop_is_the_client() {
        let proxies = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8").unwrap();
        // The client wrote a fake first hop; the proxies appended the real ones.
        let h = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.7, 10.1.1.1")]);
        assert_eq!(proxies.client_address(ip("127.0.0.1"), &h), ip("203.0.113.7"));
        let h = headers(&[("forwarded", "for=1.2.3.4, for=\"[2001:db8:cafe::17]:4711\";proto=https")]);
        assert_eq!(proxies.client_address(ip("127.0.0.1"), &h), ip("2001:db8:cafe::17"));
        let h = headers(&[("forwarded", "for=192.0.2.60:8080;by=10.0.0.1")]);
        assert_eq!(proxies.client_address(ip("::ffff:127.0.0.1"), &h), ip("192.0.2.60"));
    }

    #[test]
    fn an_unreadable_hop_stops_at_the_last_believed_proxy() {
        let proxies = TrustedProxies::parse("127.0.0.1,10.0.0.2").unwrap();
        let h = headers(&[("x-forwarded-for", "203.0.113.7, unknown, 10.0.0.2")]);
        assert_eq!(proxies.client_address(ip("127.0.0.1"), &h), ip("10.0.0.2"));
        let h = HeaderMap::new();
        assert_eq!(proxies.client_address(ip("127.0.0.1"), &h), ip("127.0.0.1"), "no header: the proxy itself");
    }

    #[test]
    fn the_setting_names_a_bad_entry() {
        assert!(TrustedProxies::parse("").unwrap().is_empty());
        assert_eq!(TrustedProxies::parse(" ::1 , 192.168.0.0/16").unwrap().0.len(), 2);
        let err = TrustedProxies::parse("10.0.0.0/8, proxy.example").unwrap_err();
        assert!(err.contains("proxy.example"), "{err}");
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
    }

    #[test]
    fn ipv6_clients_are_grouped_by_their_64_prefix() {
        assert_eq!(ClientKey::network(ip("2001:db8:1:2::1")), ClientKey::network(ip("2001:db8:1:2:ffff::9")));
        assert_ne!(ClientKey::network(ip("2001:db8:1:2::1")), ClientKey::network(ip("2001:db8:1:3::1")));
        assert_eq!(ClientKey::network(ip("::ffff:10.0.0.1")), ClientKey::network(ip("10.0.0.1")));
        assert_ne!(ClientKey::network(ip("10.0.0.1")), ClientKey::network(ip("10.0.0.2")));
    }
}
