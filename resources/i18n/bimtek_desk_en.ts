<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../bimtek_desk/gui/audit_dialog.py" line="15" />
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/audit_dialog.py" line="19" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/audit_dialog.py" line="19" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/audit_dialog.py" line="19" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/audit_dialog.py" line="20" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="44" />
        <source>%1 · Petugas: %2</source>
        <translation>%1 · Operator: %2</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="55" />
        <source>Cari nama, kelurahan atau no. HP…  (Ctrl+F)</source>
        <translation>Search name, kelurahan or phone…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="76" />
        <source>F2  Peserta baru (tanpa undangan)</source>
        <translation>F2  New participant (walk-in)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="77" />
        <source>F3  Peserta pengganti</source>
        <translation>F3  Substitute</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="78" />
        <source>F4  Batalkan check-in</source>
        <translation>F4  Undo check-in</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="79" />
        <source>F7  Kamera</source>
        <translation>F7  Camera</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="80" />
        <source>F11  Layar penuh</source>
        <translation>F11  Full screen</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="81" />
        <source>Suara</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="99" />
        <source>Sesi:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="105" />
        <source>Cari peserta tanpa badge</source>
        <translation>Find a participant without a badge</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="108" />
        <source>20 pindaian terakhir</source>
        <translation>Last 20 scans</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="124" />
        <source>Basis data hanya-baca: check-in TIDAK dapat disimpan. Panggil panitia.</source>
        <translation>Read-only database: check-ins CANNOT be saved. Call the committee.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="165" />
        <source>%1 / %2 hadir</source>
        <translation>%1 / %2 present</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="209" />
        <source>Peserta baru (tidak ada di daftar)</source>
        <translation>New participant (not on the roster)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="226" />
        <source>Cari dulu peserta yang digantikan di kotak Cari, pilih, lalu tekan F3.</source>
        <translation>First find the participant being replaced in the Search box, select them, then press F3.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="230" />
        <source>Pengganti untuk %1</source>
        <translation>Substitute for %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="257" />
        <source>Pilih check-in yang akan dibatalkan di daftar pindaian terakhir.</source>
        <translation>Select the check-in to undo in the list of last scans.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="261" />
        <source>Check-in %1 pukul %2 (%3)</source>
        <translation>Check-in of %1 at %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="271" />
        <source>CHECK-IN DIBATALKAN</source>
        <translation>CHECK-IN UNDONE</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="293" />
        <source>Kamera mati.</source>
        <translation>Camera off.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="296" />
        <source>Tidak ada kamera di laptop ini; gunakan pemindai atau pencarian.</source>
        <translation>No camera on this laptop; use the scanner or the search.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="301" />
        <source>Kamera aktif: tunjukkan QR ke kamera.</source>
        <translation>Camera on: show the QR to the camera.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="50" />
        <source>Simpan semua ke satu PDF…  (Ctrl+S)</source>
        <translation>Save all to one PDF…  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="51" />
        <source>Satu PDF per orang…</source>
        <translation>One PDF per person…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="52" />
        <source>Cetak semua…  (Ctrl+P)</source>
        <translation>Print all…  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="53" />
        <source>Cetak yang dipratinjau…</source>
        <translation>Print the previewed one…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="55" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="72" />
        <source>Dokumen:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="74" />
        <source>Pratinjau untuk:</source>
        <translation>Preview for:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="101" />
        <source> — TIDAK memenuhi syarat</source>
        <translation> — NOT eligible</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="104" />
        <source>%1 dari %2 memenuhi syarat</source>
        <translation>%1 of %2 eligible</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="110" />
        <source>%1 piagam</source>
        <translation>%1 plaques</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="151" />
        <source>Belum ada dokumen yang dapat dibuat (belum ada peserta yang memenuhi syarat).</source>
        <translation>No document can be made yet (nobody is eligible yet).</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="156" />
        <source>Masih ada pekerjaan berjalan.</source>
        <translation>A job is still running.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="178" />
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="217" />
        <source>Selesai: %1 dokumen di %2</source>
        <translation>Done: %1 documents in %2</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="220" />
        <source>Membuat %1 dokumen…</source>
        <translation>Making %1 documents…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="235" />
        <source>Selesai: %1 berkas di %2</source>
        <translation>Done: %1 files in %2</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="238" />
        <source>Membuat %1 berkas…</source>
        <translation>Making %1 files…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="262" />
        <source>Terkirim ke printer: %1 dokumen (%2 halaman).</source>
        <translation>Sent to the printer: %1 documents (%2 pages).</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="265" />
        <source>Pencetakan berhenti: %1 dari %2 halaman terkirim; dokumen yang belum lengkap tidak dicatat tercetak.</source>
        <translation>Printing stopped: %1 of %2 pages sent; incomplete documents are not recorded as printed.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="269" />
        <source>Mencetak %1 dokumen…</source>
        <translation>Printing %1 documents…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="280" />
        <source>Simpan dokumen</source>
        <translation>Save documents</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="285" />
        <source>Folder untuk satu PDF per orang</source>
        <translation>Folder for one PDF per person</translation>
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <location filename="../../bimtek_desk/gui/event_header.py" line="47" />
        <source>Terdaftar: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_header.py" line="49" />
        <source>hadir</source>
        <translation>present</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="39" />
        <source>Hadir di semua sesi yang dihitung</source>
        <translation>Present at every session that counts</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="40" />
        <source>Hadir minimal N sesi</source>
        <translation>Present at N sessions at least</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="47" />
        <source>Kode</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="47" />
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="47" />
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="48" />
        <source>Dihitung untuk sertifikat</source>
        <translation>Counts for the certificate</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="49" />
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="50" />
        <source>Muat dari berkas acara…</source>
        <translation>Load from an event file…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="51" />
        <source>Acara baru dari acara ini…</source>
        <translation>New event from this one…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="52" />
        <source>Ganti PIN panitia…</source>
        <translation>Change the committee PIN…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="58" />
        <source>Nama kegiatan</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="58" />
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="59" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="59" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="60" />
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="60" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="61" />
        <source>Uang transport per orang</source>
        <translation>Transport money per person</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="62" />
        <source>Syarat sertifikat</source>
        <translation>Certificate rule</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="62" />
        <source>Minimal sesi</source>
        <translation>Minimum sessions</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="71" />
        <source>Sesi absen (ubah lewat berkas acara):</source>
        <translation>Attendance sessions (change them in the event file):</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="92" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="92" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="121" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="125" />
        <source>Berkas acara</source>
        <translation>Event file</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="139" />
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="139" />
        <source>Kode acara baru (huruf kecil, angka, -):</source>
        <translation>New event key (lower case, digits, -):</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="150" />
        <source>Acara baru dibuat: %1 (%2). Buka dengan: bimtek-desk --event %1</source>
        <translation>New event created: %1 (%2). Open it with: bimtek-desk --event %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="158" />
        <source>mengganti PIN</source>
        <translation>changing the PIN</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="160" />
        <source>PIN baru</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_panel.py" line="160" />
        <source>PIN panitia baru (4–12 angka):</source>
        <translation>New committee PIN (4–12 digits):</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../bimtek_desk/gui/import_dialog.py" line="21" />
        <source>Impor daftar peserta: %1</source>
        <translation>Import roster: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/import_dialog.py" line="28" />
        <source>Impor baris yang sah saja (lewati baris bergalat)</source>
        <translation>Import the valid rows only (skip rows with errors)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/import_dialog.py" line="30" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/import_dialog.py" line="54" />
        <source>Tidak ada galat maupun peringatan.</source>
        <translation>No errors and no warnings.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/import_dialog.py" line="70" />
        <source>Impor ditolak: ada baris bergalat. Tidak ada yang disimpan.</source>
        <translation>Import refused: some rows have errors. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="64" />
        <source>&amp;Meja registrasi</source>
        <translation>&amp;Registration desk</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="67" />
        <source>&amp;Peserta</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="68" />
        <source>&amp;Acara</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="69" />
        <source>&amp;Dokumen</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="70" />
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="71" />
        <source>&amp;Statistik</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="74" />
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="125" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="97" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="97" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="97" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="97" />
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="97" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="98" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="98" />
        <source>No. HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="98" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="98" />
        <source>Kode badge</source>
        <translation>Badge code</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/models/participants.py" line="109" />
        <source>Baris %1 di berkas daftar peserta</source>
        <translation>Row %1 of the roster file</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="65" />
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="70" />
        <source>Cetak badge</source>
        <translation>Print badge</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="71" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="72" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="73" />
        <source>No. HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="74" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="76" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="78" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="86" />
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="91" />
        <source>Nama wajib diisi.</source>
        <translation>A name is required.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="28" />
        <source>Kosong, untuk tanda tangan di pintu (semua terdaftar)</source>
        <translation>Blank, for signatures at the door (everyone registered)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="29" />
        <source>Yang tercatat hadir, dengan jam check-in</source>
        <translation>Those checked in, with their time</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="30" />
        <source>NIK lengkap (perlu PIN panitia)</source>
        <translation>Full NIK (needs the committee PIN)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="31" />
        <source>Daftar hadir (PDF)…</source>
        <translation>Attendance list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="32" />
        <source>Daftar penerimaan transport (PDF)…</source>
        <translation>Transport receipt list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="33" />
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="40" />
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="41" />
        <source>Isi daftar hadir</source>
        <translation>Attendance list content</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="58" />
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="65" />
        <source>NIK lengkap di laporan</source>
        <translation>full NIKs in a report</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="75" />
        <source>Menulis %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="92" />
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="94" />
        <source>Tersimpan: %1 (%2)</source>
        <translation>Saved: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="26" />
        <source>Cari nama, kelurahan, no. HP atau kode badge…</source>
        <translation>Search name, kelurahan, phone or badge code…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="44" />
        <source>Tampilkan NIK lengkap</source>
        <translation>Show full NIK</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="46" />
        <source>Cetak ulang badge (hilang)…</source>
        <translation>Reprint badge (lost)…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="48" />
        <source>Log audit…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="49" />
        <source>Impor daftar peserta…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="69" />
        <source>%1 peserta</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="74" />
        <source>menampilkan NIK lengkap</source>
        <translation>showing full NIKs</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="93" />
        <source>Pilih dulu peserta di tabel.</source>
        <translation>First select a participant in the table.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="97" />
        <source>Cetak ulang badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="98" />
        <source>Alasan cetak ulang badge %1:</source>
        <translation>Reason to reprint the badge of %1:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="99" />
        <source>hilang</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="121" />
        <source>Pilih berkas daftar peserta</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="122" />
        <source>Daftar peserta (*.xlsx *.csv);;Semua berkas (*)</source>
        <translation>Rosters (*.xlsx *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="29" />
        <source>Kehadiran per kecamatan</source>
        <translation>Attendance per kecamatan</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="31" />
        <source>Kedatangan per 10 menit</source>
        <translation>Arrivals per 10 minutes</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="39" />
        <source>Sesi:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="72" />
        <source>Terdaftar: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Registered: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="74" />
        <source>hadir</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="75" />
        <source>Layak sertifikat: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Eligible for a certificate: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="78" />
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="79" />
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="81" />
        <source>Datang</source>
        <translation>Arrived</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="119" />
        <source>BERHASIL</source>
        <translation>CHECKED IN</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="120" />
        <source>SUDAH HADIR</source>
        <translation>ALREADY PRESENT</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="121" />
        <source>KODE TIDAK DIKENAL</source>
        <translation>UNKNOWN CODE</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="122" />
        <source>KODE PALSU</source>
        <translation>FORGED CODE</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="123" />
        <source>BADGE ACARA LAIN</source>
        <translation>OTHER EVENT'S BADGE</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="124" />
        <source>BADGE SUDAH DIGANTI</source>
        <translation>BADGE REPLACED</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="125" />
        <source>BUKAN BADGE</source>
        <translation>NOT A BADGE</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="126" />
        <source>QR SERTIFIKAT</source>
        <translation>CERTIFICATE QR</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="127" />
        <source>GAGAL MENYIMPAN</source>
        <translation>NOT SAVED</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="132" />
        <source>SIAP MEMINDAI</source>
        <translation>READY TO SCAN</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="134" />
        <source>Arahkan pemindai ke QR pada badge peserta.</source>
        <translation>Point the scanner at the QR on the participant's badge.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/status_panel.py" line="135" />
        <source>Tanpa badge? Ketik nama di kotak Cari lalu tekan Enter.</source>
        <translation>No badge? Type the name in the Search box and press Enter.</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="106" />
        <source>Batalkan check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="113" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="114" />
        <source>PIN panitia</source>
        <translation>Committee PIN</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="118" />
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/dialogs.py" line="120" />
        <source>PIN panitia wajib diisi.</source>
        <translation>The committee PIN is required.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../bimtek_desk/gui/pin_dialog.py" line="13" />
        <source>PIN panitia</source>
        <translation>Committee PIN</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/pin_dialog.py" line="14" />
        <source>PIN panitia untuk: %1</source>
        <translation>Committee PIN for: %1</translation>
    </message>
</context>
</TS>