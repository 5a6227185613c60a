//! The disk fills up (SQLite, on a small file system of the test's own): a save and a read that
//! must record a disclosure both fail with the clear "nothing was saved, try again" answer
//! (503, translated), nothing is half-written, the chain still verifies, and once there is room
//! again the portal saves without a restart. A database on a read-only file system: the portal
//! does not start, and says which file and why. Mounting needs root (as CI runs); elsewhere
//! the tests say they were skipped.

use super::load::verify_chain;
use app::domain::consent::ConsentScopes;
use app::domain::ids::PersonId;
use app::services::identity::sessions::Account;
use portal_tests::{API_PROFILE, Backend, SLUG, TestApp, TestDb, spawn_app_with};
use sea_orm::ConnectionTrait;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tmpfs of `size`, unmounted (lazily) when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().expect("temp dir");
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount(&self, mode: &str) {
        let status = Command::new("mount").args(["-o", &format!("remount,{mode}")]).arg(self.path()).status();
        assert!(status.is_ok_and(|s| s.success()), "remount {mode}");
    }

    /// Fills what is left with one file; returns it.
    fn fill(&self) -> PathBuf {
        use std::io::Write;
        let path = self.path().join("filler");
        let mut file = std::fs::File::create(&path).expect("filler");
        let chunk = vec![0u8; 64 * 1024];
        while file.write_all(&chunk).is_ok() {}
        let _ = file.flush();
        path
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(self.path()).status();
    }
}

struct World {
    app: TestApp,
    cookie: String,
    token: String,
    reference: String,
}

impl World {
    async fn on(disk: &SmallDisk) -> World {
        let url = format!("sqlite://{}?mode=rwc", disk.path().join("portal.db").display());
        let app = spawn_app_with(TestDb::at(url, Backend::Sqlite), |s| s.run_jobs = false).await;
        app.seed_demo(3).await;
        let all = ConsentScopes { contact: true, trajectory: true, onward: true };
        let (person_id, reference) = app.consenting("KBI-DISK-1", all).await;
        let cookie = app.signed_in(Account::Person(PersonId(person_id))).await;
        let (_, token) = app.municipality_client(API_PROFILE).await;
        // The write-ahead log back to nothing: the next write must find new room on the disk.
        app.ctx.db.conn.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)").await.expect("checkpoint");
        World { app, cookie, token, reference }
    }

    /// (consent events, disclosure events)
    async fn records(&self) -> (u64, u64) {
        (self.app.consent_event_count().await, self.app.disclosure_count().await)
    }

    /// A save and a field read, both refused cleanly; nothing of either recorded.
    async fn writes_fail_cleanly(&self, scopes: &[&str]) {
        let before = self.records().await;
        let res = self.app.post_consent(&self.cookie, "ar", scopes).await;
        let refused = res.status() == 503 || portal_tests::location(&res).contains("error=error-unavailable");
        assert!(refused, "the save is refused as unavailable: {} {:?}", res.status(), res.headers().get("location"));
        let path = format!("/api/v1/protocols/{SLUG}/persons/{}", self.reference);
        let (status, body) = self.app.api_get(&self.token, &path).await;
        assert_eq!((status, portal_tests::problem_type(&body)), (503, "error-unavailable"), "{body}");
        assert_eq!(self.records().await, before, "nothing half-written");
    }

    async fn writes_work(&self, scopes: &[&str]) {
        let before = self.records().await;
        let res = self.app.post_consent(&self.cookie, "ar", scopes).await;
        assert!(portal_tests::location(&res).contains("saved=1"), "saved again: {:?}", res.headers().get("location"));
        let path = format!("/api/v1/protocols/{SLUG}/persons/{}", self.reference);
        let (status, body) = self.app.api_get(&self.token, &path).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(self.records().await, (before.0 + 1, before.1 + 1));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_refuses_writes_cleanly_and_they_work_again_when_there_is_room() {
    let Some(disk) = SmallDisk::mount("24m") else {
        println!("skipped: mounting a small file system needs root");
        return;
    };
    let world = World::on(&disk).await;
    let filler = disk.fill();
    world.writes_fail_cleanly(&["contact"]).await;
    std::fs::remove_file(filler).expect("make room");
    world.writes_work(&["contact"]).await;
    verify_chain(&world.app);
}

#[test]
fn the_portal_does_not_start_on_a_read_only_database_and_says_why() {
    let Some(disk) = SmallDisk::mount("24m") else {
        println!("skipped: mounting a small file system needs root");
        return;
    };
    let url = format!("sqlite://{}?mode=rwc", disk.path().join("portal.db").display());
    let dir = disk.path().display().to_string();
    let env =
        [("PORTAL_DATABASE_URL", url.as_str()), ("PORTAL_DATA_DIR", dir.as_str()), ("PORTAL_BIND", "127.0.0.1:0")];
    let (ok, out, err) = portal_tests::run_portal(&["demo"], &env);
    assert!(ok, "{out}{err}");
    // Nothing holds the file open now, so its file system can turn read-only.
    disk.remount("ro");
    let (ok, _, err) = portal_tests::run_portal(&["serve"], &env);
    assert!(!ok, "the portal must not serve a database it cannot write");
    assert!(err.contains("cannot be written") && err.contains("Read-only file system"), "{err}");
    disk.remount("rw");
}
