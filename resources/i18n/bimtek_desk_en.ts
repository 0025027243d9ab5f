<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="194" />
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="195" />
        <source>Hapus baris</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="196" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="197" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="211" />
        <source>Centang &lt;b&gt;Absen&lt;/b&gt; untuk sesi yang dipindai di meja; &lt;b&gt;Syarat sertifikat&lt;/b&gt; untuk sesi yang wajib dihadiri. JP (jam pelajaran) dicetak di halaman materi sertifikat. Jam boleh ditulis 9.45 atau 0945.</source>
        <translation>Tick &lt;b&gt;Attendance&lt;/b&gt; for sessions scanned at the desk; &lt;b&gt;Required for certificate&lt;/b&gt; for sessions that must be attended. JP (lesson hours) are printed on the certificate's materials page. Times may be typed as 9.45 or 0945.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="233" />
        <source>Total %1 JP · %2 titik absen</source>
        <translation>Total %1 JP · %2 attendance points</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="42" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="42" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="42" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="42" />
        <source>Kegiatan / materi</source>
        <translation>Activity / subject</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="43" />
        <source>Narasumber</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="43" />
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="43" />
        <source>Absen</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="43" />
        <source>Syarat sertifikat</source>
        <translation>Required for certificate</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/agenda.py" line="44" />
        <source>Label di meja</source>
        <translation>Label at the desk</translation>
    </message>
</context>
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
    <name>DecisionDialog</name>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="14" />
        <source>Keputusan panitia</source>
        <translation>Committee decision</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="16" />
        <source>Sekarang: %1 (%2)</source>
        <translation>Now: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="16" />
        <source>layak</source>
        <translation>eligible</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="17" />
        <source>tidak layak</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="20" />
        <source>Layak menerima sertifikat</source>
        <translation>Gets a certificate</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="21" />
        <source>Tidak layak menerima sertifikat</source>
        <translation>Does not get a certificate</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="24" />
        <source>mis. izin tertulis dari Kabid, hadir sesi pengganti</source>
        <translation>e.g. written leave from the head of division, attended a make-up session</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="27" />
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="28" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/decision.py" line="36" />
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
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
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="77" />
        <source>F2  Peserta baru (tanpa undangan)</source>
        <translation>F2  New participant (walk-in)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="78" />
        <source>F3  Peserta pengganti</source>
        <translation>F3  Substitute</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="79" />
        <source>F4  Batalkan check-in</source>
        <translation>F4  Undo check-in</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="80" />
        <source>F7  Kamera</source>
        <translation>F7  Camera</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="81" />
        <source>F11  Layar penuh</source>
        <translation>F11  Full screen</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="82" />
        <source>Suara</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="100" />
        <source>Sesi:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="106" />
        <source>Cari peserta tanpa badge</source>
        <translation>Find a participant without a badge</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="109" />
        <source>20 pindaian terakhir</source>
        <translation>Last 20 scans</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="125" />
        <source>Basis data hanya-baca: check-in TIDAK dapat disimpan. Panggil panitia.</source>
        <translation>Read-only database: check-ins CANNOT be saved. Call the committee.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="166" />
        <source>%1 / %2 hadir</source>
        <translation>%1 / %2 present</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="210" />
        <source>Peserta baru (tidak ada di daftar)</source>
        <translation>New participant (not on the roster)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="227" />
        <source>Cari dulu peserta yang digantikan di kotak Cari, pilih, lalu tekan F3.</source>
        <translation>First find the participant being replaced in the Search box, select them, then press F3.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="231" />
        <source>Pengganti untuk %1</source>
        <translation>Substitute for %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="258" />
        <source>Pilih check-in yang akan dibatalkan di daftar pindaian terakhir.</source>
        <translation>Select the check-in to undo in the list of last scans.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="262" />
        <source>Check-in %1 pukul %2 (%3)</source>
        <translation>Check-in of %1 at %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="272" />
        <source>CHECK-IN DIBATALKAN</source>
        <translation>CHECK-IN UNDONE</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="294" />
        <source>Kamera mati.</source>
        <translation>Camera off.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="297" />
        <source>Tidak ada kamera di laptop ini; gunakan pemindai atau pencarian.</source>
        <translation>No camera on this laptop; use the scanner or the search.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="302" />
        <source>Kamera aktif: tunjukkan QR ke kamera.</source>
        <translation>Camera on: show the QR to the camera.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="42" />
        <source>Tata letak bawaan, atau berkas tata letak JSON milik panitia</source>
        <translation>The built-in layout, or the committee's own JSON layout file</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="53" />
        <source>Simpan semua ke satu PDF…  (Ctrl+S)</source>
        <translation>Save all to one PDF…  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="54" />
        <source>Satu PDF per orang…</source>
        <translation>One PDF per person…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="55" />
        <source>Cetak semua…  (Ctrl+P)</source>
        <translation>Print all…  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="56" />
        <source>Cetak yang dipratinjau…</source>
        <translation>Print the previewed one…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="57" />
        <source>Keputusan panitia…</source>
        <translation>Committee decision…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="58" />
        <source>Tetapkan layak/tidak layak sertifikat untuk orang yang dipratinjau, dengan alasan (PIN panitia)</source>
        <translation>Decide whether the previewed person gets a certificate, with a reason (committee PIN)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="62" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="80" />
        <source>Dokumen:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="82" />
        <source>Tata letak:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="84" />
        <source>Pratinjau untuk:</source>
        <translation>Preview for:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="110" />
        <source>Bawaan</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="114" />
        <source>Pilih berkas tata letak…</source>
        <translation>Choose a layout file…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="120" />
        <source>Berkas tata letak</source>
        <translation>Layout file</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="121" />
        <source>Tata letak (*.json)</source>
        <translation>Layouts (*.json)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="136" />
        <source>Berkas ini tata letak %1, bukan %2.</source>
        <translation>This file is a %1 layout, not %2.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="162" />
        <source>keputusan kelayakan sertifikat</source>
        <translation>a certificate eligibility decision</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="189" />
        <source> — TIDAK memenuhi syarat</source>
        <translation> — NOT eligible</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="192" />
        <source>%1 dari %2 memenuhi syarat</source>
        <translation>%1 of %2 eligible</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="198" />
        <source>%1 piagam</source>
        <translation>%1 plaques</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="239" />
        <source>Belum ada dokumen yang dapat dibuat (belum ada peserta yang memenuhi syarat).</source>
        <translation>No document can be made yet (nobody is eligible yet).</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="244" />
        <source>Masih ada pekerjaan berjalan.</source>
        <translation>A job is still running.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="266" />
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="305" />
        <source>Selesai: %1 dokumen di %2</source>
        <translation>Done: %1 documents in %2</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="308" />
        <source>Membuat %1 dokumen…</source>
        <translation>Making %1 documents…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="323" />
        <source>Selesai: %1 berkas di %2</source>
        <translation>Done: %1 files in %2</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="326" />
        <source>Membuat %1 berkas…</source>
        <translation>Making %1 files…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="352" />
        <source>Pencetakan berhenti: %1</source>
        <translation>Printing stopped: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="354" />
        <source>Terkirim ke printer: %1 dokumen (%2 halaman).</source>
        <translation>Sent to the printer: %1 documents (%2 pages).</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="357" />
        <source>Pencetakan berhenti: %1 dari %2 halaman terkirim; dokumen yang belum lengkap tidak dicatat tercetak.</source>
        <translation>Printing stopped: %1 of %2 pages sent; incomplete documents are not recorded as printed.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="361" />
        <source>Mencetak %1 dokumen…</source>
        <translation>Printing %1 documents…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="372" />
        <source>Simpan dokumen</source>
        <translation>Save documents</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/documents/panel.py" line="377" />
        <source>Folder untuk satu PDF per orang</source>
        <translation>Folder for one PDF per person</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="22" />
        <source>Ubah data peserta</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="27" />
        <source>16 angka; boleh kosong</source>
        <translation>16 digits; may be empty</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="29" />
        <source>L (laki-laki)</source>
        <translation>M (male)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="29" />
        <source>P (perempuan)</source>
        <translation>F (female)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="34" />
        <source>hh-bb-tttt, mis. 17-08-1970</source>
        <translation>dd-mm-yyyy, e.g. 17-08-1970</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="46" />
        <source>Nama lengkap (dengan gelar)</source>
        <translation>Full name (with titles)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="46" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="47" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="47" />
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="48" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="48" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="49" />
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="49" />
        <source>PSM sejak tahun</source>
        <translation>PSM since (year)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="50" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="60" />
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="65" />
        <source>Tanggal lahir '%1' tidak dapat dibaca; tulis misalnya 17-08-1970.</source>
        <translation>Cannot read the date of birth '%1'; write e.g. 17-08-1970.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="69" />
        <source>No. HP tidak dapat dibaca.</source>
        <translation>Cannot read the mobile number.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/person_dialog.py" line="73" />
        <source>Kelurahan '%1' tidak ada di Kota Banjarmasin.</source>
        <translation>There is no kelurahan '%1' in Kota Banjarmasin.</translation>
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <location filename="../../bimtek_desk/gui/event_header.py" line="61" />
        <source>Terdaftar: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event_header.py" line="64" />
        <source>hadir</source>
        <translation>present</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="115" />
        <source>Hadir minimal N sesi</source>
        <translation>Present at N sessions at least</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="47" />
        <source>Data acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="49" />
        <source>Sesi dan JP</source>
        <translation>Sessions and JP</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="51" />
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="52" />
        <source>Logo dan penomoran</source>
        <translation>Logo and numbering</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="58" />
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="59" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="60" />
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="61" />
        <source>Muat dari berkas acara…</source>
        <translation>Load from an event file…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="62" />
        <source>Salin ke acara baru…</source>
        <translation>Copy to a new event…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="63" />
        <source>Pelatihan berulang: pengaturan, sesi dan penandatangan ikut; peserta bila diminta</source>
        <translation>Repeated trainings: settings, sessions and signatories carry over; participants on request</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="65" />
        <source>Acara baru…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="66" />
        <source>Buka acara lain…</source>
        <translation>Open another event…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="67" />
        <source>Ganti PIN panitia…</source>
        <translation>Change the committee PIN…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="107" />
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="114" />
        <source>Hadir di semua sesi yang menjadi syarat</source>
        <translation>Present at every required session</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="122" />
        <source>Nama kegiatan</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="122" />
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="123" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="123" />
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="124" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="124" />
        <source>Bidang</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="125" />
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="125" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="126" />
        <source>Menit per JP</source>
        <translation>Minutes per JP</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="127" />
        <source>Uang transport per orang</source>
        <translation>Transport money per person</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="128" />
        <source>Syarat sertifikat</source>
        <translation>Certificate rule</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="128" />
        <source>Minimal sesi</source>
        <translation>Minimum sessions</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="139" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="145" />
        <source>Logo (kop, badge, sertifikat)</source>
        <translation>Logo (letterhead, badge, certificate)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="146" />
        <source>Pakai lambang resmi dari Dinas/Prokopim; gambar tidak pernah diregangkan.</source>
        <translation>Use the official emblem from the Dinas/Prokopim; images are never stretched.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="149" />
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="149" />
        <source>Nomor piagam</source>
        <translation>Plaque number</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="155" />
        <source>Variabel: {seq:03d} nomor urut (wajib), {month_roman} bulan Romawi, {month}, {year}, {event}. Nomor yang sudah terbit tidak berubah.</source>
        <translation>Variables: {seq:03d} serial (required), {month_roman} Roman month, {month}, {year}, {event}. Numbers already issued do not change.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="165" />
        <source>(pola bawaan)</source>
        <translation>(default pattern)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="174" />
        <source>Contoh: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="248" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="264" />
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="269" />
        <source>Berkas acara</source>
        <translation>Event file</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="286" />
        <location filename="../../bimtek_desk/gui/event/panel.py" line="294" />
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="287" />
        <source>Kode acara baru (huruf kecil, angka, -):</source>
        <translation>New event key (lower case, digits, -):</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="294" />
        <source>Daftarkan juga peserta acara ini ke acara baru?</source>
        <translation>Also register this event's participants in the new event?</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="305" />
        <source>Acara baru dibuat: %1 (%2). Buka sekarang?</source>
        <translation>New event created: %1 (%2). Open it now?</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="320" />
        <source>Belum ada acara lain di basis data ini.</source>
        <translation>There is no other event in this database yet.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="323" />
        <source>Buka acara lain</source>
        <translation>Open another event</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="323" />
        <source>Acara:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="331" />
        <source>mengganti PIN</source>
        <translation>changing the PIN</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="333" />
        <source>PIN baru</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/panel.py" line="333" />
        <source>PIN panitia baru (4–12 angka):</source>
        <translation>New committee PIN (4–12 digits):</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../bimtek_desk/gui/event/image_picker.py" line="33" />
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/image_picker.py" line="34" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/image_picker.py" line="35" />
        <source>Pilih gambar: %1</source>
        <translation>Choose image: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/image_picker.py" line="36" />
        <source>Hapus gambar: %1</source>
        <translation>Remove image: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/image_picker.py" line="72" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/image_picker.py" line="84" />
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/image_picker.py" line="84" />
        <source>(berkas tidak ada)</source>
        <translation>(file missing)</translation>
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
        <location filename="../../bimtek_desk/gui/main_window.py" line="70" />
        <source>&amp;Meja registrasi</source>
        <translation>&amp;Registration desk</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="73" />
        <source>&amp;Peserta</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="74" />
        <source>&amp;Acara</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="75" />
        <source>&amp;Dokumen</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="76" />
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="77" />
        <source>&amp;Statistik</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="83" />
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/main_window.py" line="148" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="23" />
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="24" />
        <source>Bimbingan Teknis … Tahun 2026</source>
        <translation>Bimbingan Teknis … Tahun 2026</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="25" />
        <source>mis. Bimtek PSM 2026</source>
        <translation>e.g. Bimtek PSM 2026</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="26" />
        <source>mis. Dinas Sosial Kota Banjarmasin</source>
        <translation>e.g. Dinas Sosial Kota Banjarmasin</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="32" />
        <source>dibuat dari nama singkat</source>
        <translation>made from the short name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="35" />
        <source>Nama kegiatan</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="35" />
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="36" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="36" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="37" />
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="37" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="38" />
        <source>Kode acara</source>
        <translation>Event code</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="38" />
        <source>PIN panitia (4–12 angka)</source>
        <translation>Committee PIN (4–12 digits)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="39" />
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="47" />
        <source>Sesi, JP, penandatangan, logo dan penomoran diisi sesudahnya di area Acara.</source>
        <translation>Sessions, JP, signatories, logo and numbering are filled in afterwards in the Event area.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="70" />
        <source>Kedua PIN tidak sama.</source>
        <translation>The two PINs differ.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="72" />
        <source>PIN panitia harus 4–12 angka.</source>
        <translation>The committee PIN must be 4–12 digits.</translation>
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
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="29" />
        <source>Kosong, untuk tanda tangan di pintu (semua terdaftar)</source>
        <translation>Blank, for signatures at the door (everyone registered)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="30" />
        <source>Yang tercatat hadir, dengan jam check-in</source>
        <translation>Those checked in, with their time</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="31" />
        <source>NIK lengkap (perlu PIN panitia)</source>
        <translation>Full NIK (needs the committee PIN)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="32" />
        <source>Daftar hadir (PDF)…</source>
        <translation>Attendance list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="33" />
        <source>Daftar penerimaan transport (PDF)…</source>
        <translation>Transport receipt list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="34" />
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="41" />
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="42" />
        <source>Isi daftar hadir</source>
        <translation>Attendance list content</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="59" />
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="66" />
        <source>NIK lengkap di laporan</source>
        <translation>full NIKs in a report</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="76" />
        <source>Menulis %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="93" />
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/reports_panel.py" line="95" />
        <source>Tersimpan: %1 (%2)</source>
        <translation>Saved: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="28" />
        <source>Cari nama, kelurahan, no. HP atau kode badge…</source>
        <translation>Search name, kelurahan, phone or badge code…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="46" />
        <source>Tampilkan NIK lengkap</source>
        <translation>Show full NIK</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="48" />
        <source>Ubah data… (F2)</source>
        <translation>Edit… (F2)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="50" />
        <source>Ganti peserta…</source>
        <translation>Replace participant…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="52" />
        <source>Cetak ulang badge (hilang)…</source>
        <translation>Reprint badge (lost)…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="60" />
        <source>Log audit…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="61" />
        <source>Impor daftar peserta…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="86" />
        <source>%1 peserta</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="91" />
        <source>menampilkan NIK lengkap</source>
        <translation>showing full NIKs</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="107" />
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="185" />
        <source>Pilih dulu peserta di tabel.</source>
        <translation>First select a participant in the table.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="118" />
        <source>mengubah data peserta</source>
        <translation>editing a participant</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="144" />
        <source>Pengganti untuk %1</source>
        <translation>Substitute for %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="189" />
        <source>Cetak ulang badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="190" />
        <source>Alasan cetak ulang badge %1:</source>
        <translation>Reason to reprint the badge of %1:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="191" />
        <source>hilang</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="213" />
        <source>Pilih berkas daftar peserta</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/roster_panel.py" line="214" />
        <source>Daftar peserta (*.xlsx *.csv);;Semua berkas (*)</source>
        <translation>Rosters (*.xlsx *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SignatoriesEditor</name>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="89" />
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="89" />
        <source>Piagam penghargaan</source>
        <translation>Award plaque</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="90" />
        <source>Daftar hadir dan transport</source>
        <translation>Attendance and transport lists</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="24" />
        <source>mis. Mengetahui, / a.n. Wali Kota</source>
        <translation>e.g. Mengetahui, / a.n. Wali Kota</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="26" />
        <source>mis. KEPALA DINAS SOSIAL KOTA BANJARMASIN,</source>
        <translation>e.g. KEPALA DINAS SOSIAL KOTA BANJARMASIN,</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="28" />
        <source>Cetak H./Hj. di depan nama</source>
        <translation>Print H./Hj. before the name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="29" />
        <source>Gelar akademik (Dr., S.Sos., M.AP.) tidak pernah dicetak di bawah tanda tangan pejabat (Permendagri 1/2023).</source>
        <translation>Academic titles (Dr., S.Sos., M.AP.) are never printed under an official's signature (Permendagri 1/2023).</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="32" />
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="35" />
        <source>Tanda tangan (%1)</source>
        <translation>Signature (%1)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="36" />
        <source>Stempel (%1)</source>
        <translation>Stamp (%1)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="40" />
        <source>Atas nama</source>
        <translation>On behalf</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="40" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="41" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="41" />
        <source>Pangkat/gol.</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="42" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="42" />
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/signatories.py" line="43" />
        <source>Stempel</source>
        <translation>Stamp</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="94" />
        <source>Buat acara baru…</source>
        <translation>Create a new event…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="95" />
        <source>Muat berkas acara (JSON/TOML)…</source>
        <translation>Load an event file (JSON/TOML)…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="96" />
        <source>Coba dengan acara contoh (Bimtek PSM 2025, 175 peserta)</source>
        <translation>Try the example event (Bimtek PSM 2025, 175 participants)</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="101" />
        <source>Belum ada acara di basis data ini.</source>
        <translation>There is no event in this database yet.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/event/new_dialog.py" line="126" />
        <source>Berkas acara</source>
        <translation>Event file</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="30" />
        <source>Kehadiran per kecamatan</source>
        <translation>Attendance per kecamatan</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="32" />
        <source>Kedatangan per 10 menit</source>
        <translation>Arrivals per 10 minutes</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="40" />
        <source>Sesi:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="73" />
        <source>Terdaftar: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Registered: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="75" />
        <source>hadir</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="76" />
        <source>Layak sertifikat: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Eligible for a certificate: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="79" />
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="80" />
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/stats_panel.py" line="82" />
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
    <name>SyncButton</name>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="30" />
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="64" />
        <source>Sinkron…</source>
        <translation>Sync…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="35" />
        <source>Tulis bundel laptop ini ke folder (flashdisk/folder bersama) dan gabungkan bundel laptop lain di sana</source>
        <translation>Write this laptop&apos;s bundle to a folder (USB stick/shared folder) and merge the other laptops&apos; bundles found there</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="41" />
        <source>Folder sinkron</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="56" />
        <source>Sinkron berjalan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="68" />
        <source>Sinkron selesai: %1 bundel digabung, %2 check-in baru.</source>
        <translation>Sync done: %1 bundles merged, %2 new check-ins.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="73" />
        <source>Sinkron: bundel ditolak: %1</source>
        <translation>Sync: bundle refused: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="78" />
        <source>Sinkron gagal.</source>
        <translation>Sync failed.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="0" />
        <source>Panitia</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="0" />
        <source>Meja %1</source>
        <translation>Desk %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="0" />
        <source>Jaringan: %1</source>
        <translation>Network: %1</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/sync_button.py" line="0" />
        <source>belum ada laptop lain</source>
        <translation>no other laptop yet</translation>
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